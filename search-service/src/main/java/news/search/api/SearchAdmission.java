package news.search.api;

import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Admits at most {@code news.search.api.max-concurrent-searches} searches (and article reads) at once and answers
 * the rest 503 with Retry-After at once. Without it, once the cores are saturated every request waits on
 * Elasticsearch in one of Tomcat's 200 threads, the wait grows with the queue, and latency collapses to tens of
 * seconds for everyone (measured after a load run, docs/BENCHMARKS.md); refusing early keeps the admitted ones fast.
 * A semaphore is all a concurrency cap needs.
 */
@Configuration(proxyBeanMethods = false)
class SearchAdmission implements HandlerInterceptor, WebMvcConfigurer {

	private static final String ADMITTED = SearchAdmission.class.getName() + ".admitted";

	private final Semaphore running;

	private final int limit;

	SearchAdmission(Limits limits) {
		this.limit = limits.maxConcurrentSearches();
		this.running = new Semaphore(this.limit);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/search", "/api/articles/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!this.running.tryAcquire()) {
			throw new TooBusyException(this.limit);
		}
		request.setAttribute(ADMITTED, Boolean.TRUE);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (request.getAttribute(ADMITTED) != null) {
			request.removeAttribute(ADMITTED);
			this.running.release();
		}
	}

	/**
	 * @param maxConcurrentSearches searches and article reads one instance runs at once: enough to keep
	 * Elasticsearch's search threads busy, few enough that the admitted ones still answer quickly
	 */
	@ConfigurationProperties("news.search.api")
	record Limits(@DefaultValue("32") int maxConcurrentSearches) {
	}
}
