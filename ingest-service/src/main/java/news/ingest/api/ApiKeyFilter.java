package news.ingest.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
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
 * Guards the write API: a submission needs {@code Authorization: Bearer <key>} with a configured key, and each
 * key gets a rate (resilience4j) past which it is answered 429 with Retry-After. Reads (health, info) stay open.
 * A filter rather than Spring Security: one header check on one path does not need the whole framework.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private static final String BEARER = "Bearer ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The rate limiter's window: a refused client may try again after it. */
	private static final Duration WINDOW = Duration.ofSeconds(1);

	private final IngestApiProperties properties;

	private final RateLimiterRegistry limiters;

	ApiKeyFilter(IngestApiProperties properties) {
		this.properties = properties;
		this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(properties.submissionsPerSecond())
			.limitRefreshPeriod(WINDOW)
			.timeoutDuration(Duration.ZERO)
			.build());
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
		RateLimiter limiter = this.limiters.rateLimiter(fingerprint(key));
		if (!limiter.acquirePermission()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(WINDOW.toSeconds()));
			problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many submissions", "At most "
					+ this.properties.submissionsPerSecond() + " submissions per second per key.", request);
			return;
		}
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

	/** Limiters are named by a hash, so keys never appear in the registry or its metrics. */
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
