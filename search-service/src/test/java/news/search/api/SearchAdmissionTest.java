package news.search.api;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchAdmissionTest {

	private final SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(2));

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void searchesBeyondTheLimitAreRefusedWithRetryAfterUntilOneEnds() {
		MockHttpServletRequest first = new MockHttpServletRequest();
		assertThat(this.admission.preHandle(first, this.response, this)).isTrue();
		assertThat(this.admission.preHandle(new MockHttpServletRequest(), this.response, this)).isTrue();

		assertThatExceptionOfType(TooBusyException.class)
			.isThrownBy(() -> this.admission.preHandle(new MockHttpServletRequest(), this.response, this))
			.satisfies(ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			});

		this.admission.afterCompletion(first, this.response, this, null);
		this.admission.afterCompletion(first, this.response, this, null);
		assertThat(this.admission.preHandle(new MockHttpServletRequest(), this.response, this)).isTrue();
		assertThatExceptionOfType(TooBusyException.class)
			.isThrownBy(() -> this.admission.preHandle(new MockHttpServletRequest(), this.response, this))
			.as("a request released twice frees one place only");
	}
}
