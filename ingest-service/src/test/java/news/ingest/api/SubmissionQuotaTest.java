package news.ingest.api;

import java.util.Set;

import news.ingest.api.SubmissionQuota.OverQuotaException;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each URL of a batch counts against its key's quota: a batch is as many fetches as it has URLs. */
class SubmissionQuotaTest {

	private final SubmissionQuota quota = new SubmissionQuota(new IngestApiProperties("http://search", Set.of("k"), 5));

	private final ProblemResponses problems = new ProblemResponses();

	@Test
	void aBatchSpendsOneSubmissionPerUrlAndIsRefusedWholeOnceTheSecondIsSpent() {
		assertThatNoException().isThrownBy(() -> this.quota.take("client-a", 3));
		OverQuotaException refused = catchThrowableOfType(OverQuotaException.class,
				() -> this.quota.take("client-a", 3));
		ResponseEntity<ProblemDetail> answer = this.problems.overQuota(refused);
		assertThat(answer.getStatusCode().value()).isEqualTo(429);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(answer.getBody().getDetail()).contains("At most 5 URLs per second");
		assertThatNoException().as("the refused batch took nothing: two are left")
			.isThrownBy(() -> this.quota.take("client-a", 2));
		assertThatNoException().as("other keys keep their own quota").isThrownBy(() -> this.quota.take("client-b", 5));
	}

	@Test
	void aBatchLargerThanASecondsQuotaIsTooLargeRatherThanToBeRetried() {
		OverQuotaException refused = catchThrowableOfType(OverQuotaException.class,
				() -> this.quota.take("client-a", 6));
		ResponseEntity<ProblemDetail> answer = this.problems.overQuota(refused);
		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isNull();
		assertThat(answer.getBody().getDetail()).contains("Split it");
		assertThatNoException().isThrownBy(() -> this.quota.take("client-a", 5));
	}
}
