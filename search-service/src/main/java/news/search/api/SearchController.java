package news.search.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import news.search.index.ArticleDocument;
import news.search.query.ArticleQuery;
import news.search.query.ArticleSearch;
import news.search.query.SearchResult;
import news.search.status.ArticleStatus;
import news.search.status.ArticleStatusStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class SearchController {

	static final int MAX_PAGE_SIZE = 100;

	/** Elasticsearch's default index.max_result_window: deeper pages need search_after. */
	static final int MAX_RESULT_WINDOW = 10_000;

	static final int MAX_QUERY_LENGTH = 1_000;

	private final ArticleSearch search;

	private final ArticleStatusStore statuses;

	SearchController(ArticleSearch search, ArticleStatusStore statuses) {
		this.search = search;
		this.statuses = statuses;
	}

	@GetMapping("/search")
	SearchResult search(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<String> country, @RequestParam(required = false) List<String> person,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size) {
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("q is longer than " + MAX_QUERY_LENGTH + " characters");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE);
		}
		if (page < 0 || (long) (page + 1) * size > MAX_RESULT_WINDOW) {
			throw new BadRequestException("page must be at least 0 and page × size at most " + MAX_RESULT_WINDOW);
		}
		List<String> countries = country == null ? List.of()
				: country.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
		return this.search.search(new ArticleQuery(q, countries, person, instant("from", from), instant("to", to),
				sortOf(sort), page, size));
	}

	@GetMapping("/articles/{id}")
	ArticleDocument article(@PathVariable String id) {
		return this.search.get(id).orElseThrow(() -> new NotFoundException("No indexed article with id " + id));
	}

	@GetMapping("/articles/{id}/status")
	ArticleStatus status(@PathVariable String id) {
		return this.statuses.find(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
	}

	private static ArticleQuery.Sort sortOf(String sort) {
		try {
			return ArticleQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("sort must be relevance or date");
		}
	}

	/** Accepts a day (2025-07-29, meaning its start in UTC) or an instant (2025-07-29T13:00:00Z). */
	private static Instant instant(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name + " must be a date (2025-07-29) or an instant (2025-07-29T13:00:00Z)");
		}
	}
}
