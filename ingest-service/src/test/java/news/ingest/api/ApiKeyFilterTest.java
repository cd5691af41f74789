package news.ingest.api;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6: submissions need a configured key; the controller learns the client by its key's hash. */
class ApiKeyFilterTest {

	private final ApiKeyFilter filter = new ApiKeyFilter(
			new IngestApiProperties("http://search", Set.of("key-one", " key-two "), 2));

	@Test
	void submissionWithAConfiguredKeyPasses() throws Exception {
		MockHttpServletResponse response = post("Bearer key-two");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void submissionWithoutAKeyIsUnauthorizedWithAProblemBody() throws Exception {
		MockHttpServletResponse response = post(null);
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"title\":\"Missing or unknown API key\"");
	}

	@Test
	void unknownKeyIsUnauthorized() throws Exception {
		assertThat(post("Bearer key-three").getStatus()).isEqualTo(401);
		assertThat(post("key-one").getStatus()).isEqualTo(401);
	}

	@Test
	void eachKeyIsAClientNamedByAHashNotByTheKey() throws Exception {
		String one = client("Bearer key-one");
		assertThat(one).hasSize(64).doesNotContain("key-one").isEqualTo(client("Bearer key-one"));
		assertThat(client("Bearer key-two")).isNotEqualTo(one);
	}

	@Test
	void readsNeedNoKey() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void noConfiguredKeyRefusesEverySubmission() throws Exception {
		ApiKeyFilter closed = new ApiKeyFilter(new IngestApiProperties("http://search", Set.of(), 2));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles");
		request.addHeader("Authorization", "Bearer ");
		MockHttpServletResponse response = new MockHttpServletResponse();
		closed.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(401);
	}

	private MockHttpServletResponse post(String authorization) throws Exception {
		return post(authorization, new MockHttpServletRequest("POST", "/api/articles"));
	}

	private String client(String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles");
		assertThat(post(authorization, request).getStatus()).isEqualTo(200);
		return (String) request.getAttribute(ApiKeyFilter.CLIENT);
	}

	private MockHttpServletResponse post(String authorization, MockHttpServletRequest request) throws Exception {
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
