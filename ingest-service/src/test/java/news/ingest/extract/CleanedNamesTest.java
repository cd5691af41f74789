package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanedNamesTest {

	private final AuthorNameCleaner cleaner = new AuthorNameCleaner();

	@Test
	void givesWhatTheCleanerGivesForEachListAndSite() {
		CleanedNames cleaned = new CleanedNames(this.cleaner);
		List<String> raw = List.of("By Jane Doe and John Roe", "Acme News");
		for (String site : new String[] { null, "Acme News" }) {
			assertThat(cleaned.of(raw, site)).isEqualTo(this.cleaner.clean(raw, site));
			assertThat(cleaned.of(raw, site)).isEqualTo(this.cleaner.clean(raw, site));
		}
	}

	@Test
	void aListThatGrowsIsCleanedAgainAndEachAnswerIsTheCallersOwn() {
		CleanedNames cleaned = new CleanedNames(this.cleaner);
		List<String> offer = new ArrayList<>(List.of("Jane Doe"));
		List<String> first = cleaned.of(offer, null);
		first.add("changed by the caller");
		offer.add("John Roe");
		assertThat(cleaned.of(offer, null)).containsExactly("Jane Doe", "John Roe");
		assertThat(cleaned.of(List.of("Jane Doe"), null)).containsExactly("Jane Doe");
	}

}
