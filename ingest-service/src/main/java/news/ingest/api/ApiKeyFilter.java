package news.ingest.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the write API: a submission needs {@code Authorization: Bearer <key>} with a configured key; the key's
 * fingerprint goes to the controller as request attribute {@link #CLIENT}, which {@link SubmissionQuota} charges
 * per URL (only the controller knows how many a request carries). Reads (health, info) stay open. A filter rather
 * than Spring Security: one header check on one path does not need the whole framework.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private static final String BEARER = "Bearer ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Request attribute naming the client: a hash of its key. */
	static final String CLIENT = "news.ingest.api.client";

	private final IngestApiProperties properties;

	ApiKeyFilter(IngestApiProperties properties) {
		this.properties = properties;
		if (properties.keys().isEmpty()) {
			log.warn("No API keys configured (NEWS_API_KEYS): every submission will be refused");
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(HttpMethod.POST.matches(request.getMethod()) && request.getRequestURI().startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String key = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : null;
		if (key == null || !isKnown(key)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problem(response, HttpStatus.UNAUTHORIZED, "Missing or unknown API key",
					"Send a configured key as 'Authorization: Bearer <key>'.", request);
			return;
		}
		request.setAttribute(CLIENT, fingerprint(key));
		chain.doFilter(request, response);
	}

	/** Constant-time comparison, so response timing does not leak how much of a key was right. */
	private boolean isKnown(String key) {
		byte[] candidate = key.getBytes(StandardCharsets.UTF_8);
		boolean known = false;
		for (String configured : this.properties.keys()) {
			known |= MessageDigest.isEqual(candidate, configured.getBytes(StandardCharsets.UTF_8));
		}
		return known;
	}

	/** Clients are named by a hash, so keys never appear in rate limiters, their metrics or logs. */
	private static String fingerprint(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/** An RFC 9457 body; written here because a filter answers before Spring MVC's problem handling. */
	private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getWriter(), problem);
	}
}
