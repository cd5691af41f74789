package news.ingest.api;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmittedUrlTest {

	@Nested
	class Normalisation {

		@Test
		void spellingsOfOneAddressShareAnId() {
			SubmittedUrl plain = SubmittedUrl.parse("https://news.example/world/story");
			assertThat(SubmittedUrl.parse("HTTPS://News.Example:443/world/./story#comments")).isEqualTo(plain);
			assertThat(SubmittedUrl.parse("  https://news.example/world/story ")).isEqualTo(plain);
		}

		@Test
		void theHostIsLowerCaseAndWithoutPort() {
			assertThat(SubmittedUrl.parse("HTTPS://News.Example:8443/world/story").host()).isEqualTo("news.example");
		}

		@Test
		void differentPathsHaveDifferentIds() {
			assertThat(SubmittedUrl.parse("https://news.example/a").id())
				.isNotEqualTo(SubmittedUrl.parse("https://news.example/b").id());
		}
	}

	@Nested
	class Refusals {

		@ParameterizedTest
		@ValueSource(strings = { "ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)",
				"data:text/html,hi", "gopher://news.example/" })
		void onlyHttpAndHttpsAreFetched(String url) {
			assertThatThrownBy(() -> SubmittedUrl.parse(url)).hasMessageContaining("only http and https");
		}

		@Test
		void blankIsRefused() {
			assertThatThrownBy(() -> SubmittedUrl.parse(" ")).hasMessageContaining("required");
		}

		@Test
		void garbageIsRefused() {
			assertThatThrownBy(() -> SubmittedUrl.parse("http://exa mple.com/a b")).hasMessageContaining("not a valid URL");
		}

		@Test
		void overlongUrlIsRefused() {
			assertThatThrownBy(() -> SubmittedUrl.parse("https://news.example/" + "a".repeat(SubmittedUrl.MAX_LENGTH)))
				.hasMessageContaining("longer than 2048");
		}

		@Test
		void credentialsAreRefused() {
			assertThatThrownBy(() -> SubmittedUrl.parse("https://user:secret@news.example/a"))
				.hasMessageContaining("credentials");
		}

		@Test
		void hostIsRequired() {
			assertThatThrownBy(() -> SubmittedUrl.parse("https:///a")).hasMessageContaining("no host");
		}
	}
}
