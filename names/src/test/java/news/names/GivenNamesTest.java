package news.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GivenNamesTest {

	@Test
	void namesOfManyCulturesAsWritten() {
		assertThat(GivenNames.contains("Jane")).isTrue();
		assertThat(GivenNames.contains("Jörg")).isTrue();
		assertThat(GivenNames.contains("jane")).isFalse();
	}

	@Test
	void aPersonStartsWithAGivenNameAnOrganisationDoesNot() {
		assertThat(GivenNames.startsWithOne("Jane Doe")).isTrue();
		assertThat(GivenNames.startsWithOne("Deutscher Turner-Bund")).isFalse();
		assertThat(GivenNames.startsWithOne("The Liberty Times")).isFalse();
	}

	@Test
	void aMissingListIsAClearError() {
		assertThatIllegalStateException().isThrownBy(() -> WordLists.lines("/tag/no-such-list.txt"))
			.withMessageContaining("/tag/no-such-list.txt");
	}

}
