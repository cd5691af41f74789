package news.search.query;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchCursorTest {

	@Test
	void tokenReadsBackAsTheSameSortAndValues() {
		SearchCursor cursor = new SearchCursor(ArticleQuery.Sort.FIGURE, ArticleQuery.Order.ASC,
				List.of(FieldValue.of(5.0e9), FieldValue.of(Long.MIN_VALUE), FieldValue.of("0a1b"), FieldValue.NULL));
		SearchCursor read = SearchCursor.parse(cursor.token());
		assertThat(read.sort()).isEqualTo(ArticleQuery.Sort.FIGURE);
		assertThat(read.order()).isEqualTo(ArticleQuery.Order.ASC);
		assertThat(read.values().get(0).doubleValue()).isEqualTo(5.0e9);
		assertThat(read.values().get(1).longValue()).isEqualTo(Long.MIN_VALUE);
		assertThat(read.values().get(2).stringValue()).isEqualTo("0a1b");
		assertThat(read.values().get(3).isNull()).isTrue();
	}

	@Test
	void tokenIsUrlSafe() {
		String token = new SearchCursor(ArticleQuery.Sort.DATE, ArticleQuery.Order.DESC,
				List.of(FieldValue.of(1753795000000L), FieldValue.of("??>>"))).token();
		assertThat(token).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void anythingElseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.parse("garbage!"));
		assertThatIllegalArgumentException().isThrownBy(() -> SearchCursor.parse("e30"));
	}
}
