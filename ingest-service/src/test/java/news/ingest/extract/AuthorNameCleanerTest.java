package news.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNameCleanerTest {

	private final AuthorNameCleaner cleaner = new AuthorNameCleaner();

	@Test
	void stripsByPrefix() {
		assertThat(this.cleaner.clean(List.of("By Jane Doe"), null)).containsExactly("Jane Doe");
	}

	@Test
	void splitsSeveralAuthors() {
		assertThat(this.cleaner.clean(List.of("By Jane Doe, John Roe and Ana Silva"), null))
			.containsExactly("Jane Doe", "John Roe", "Ana Silva");
	}

	@Test
	void dropsSharingWidgetWordsAndUrls() {
		assertThat(this.cleaner.clean(List.of("Jane Doe", "Share", "Email", "Follow",
				"https://example.com/authors/jane"), null))
			.containsExactly("Jane Doe");
	}

	@Test
	void dropsTheSiteNameAndDuplicates() {
		assertThat(this.cleaner.clean(List.of("The Courier", "Jane Doe", "jane doe", "Jane Doe"), "The Courier"))
			.containsExactly("Jane Doe", "jane doe");
	}

	@Test
	void cutsASocialHandleAfterTheName() {
		assertThat(this.cleaner.clean(List.of("Jane Doe @janedoe"), null)).containsExactly("Jane Doe");
	}

	@Test
	void cutsTimestampsGluedToTheName() {
		assertThat(this.cleaner.clean(List.of("Jane Doe Updated 3 hours ago"), null)).containsExactly("Jane Doe");
	}

}
