package news.kafka;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TruncatingDeadLetterRecovererTest {

	@Test
	void prefixFitsTheLimitInUtf8Bytes() {
		String text = "ab€".repeat(100);
		String prefix = TruncatingDeadLetterRecoverer.utf8Prefix(text, 50);
		assertThat(prefix.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(50);
		assertThat(text).startsWith(prefix);
	}

	@Test
	void prefixNeverSplitsACharacter() {
		// "ab" is 2 bytes, "€" 3: a limit of 4 falls inside the euro sign, which is left out whole.
		assertThat(TruncatingDeadLetterRecoverer.utf8Prefix("ab€", 4)).isEqualTo("ab");
		assertThat(TruncatingDeadLetterRecoverer.utf8Prefix("ab€", 5)).isEqualTo("ab€");
	}
}
