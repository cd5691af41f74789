package news.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import news.search.index.ArticleDocument;
import org.junit.jupiter.api.Test;

class SearchResponsesTest {

	@Test
	void hitsAskForStoredFieldsOnlyAndNotTheBody() {
		var stored = Arrays.stream(ArticleDocument.class.getRecordComponents()).map(RecordComponent::getName).toList();

		assertThat(SearchResponses.HIT_FIELDS).isNotEmpty()
			.allSatisfy(field -> assertThat(stored).contains(field))
			.contains("id", "title", "figures")
			.doesNotContain("body", "highlights", "matchingFigures");
	}
}
