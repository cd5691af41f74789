package news.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import news.search.index.ArticleDocument;
import news.search.query.ArticleQuery;
import news.search.query.ArticleSearch;
import news.search.query.SearchCursor;
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

	/** Elasticsearch's default index.max_result_window: deeper pages need the cursor (search_after). */
	static final int MAX_RESULT_WINDOW = 10_000;

	private final ArticleSearch search;

	private final ArticleStatusStore statuses;

	SearchController(ArticleSearch search, ArticleStatusStore statuses) {
		this.search = search;
		this.statuses = statuses;
	}

	@GetMapping("/search")
	SearchResult search(FilterParams filters, @RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "month") String interval) {
		checkSize(size);
		if (page < 0 || (long) (page + 1) * size > MAX_RESULT_WINDOW) {
			throw new BadRequestException("page must be at least 0 and (page + 1) × size at most " + MAX_RESULT_WINDOW
					+ "; go deeper with the cursor in each result's next");
		}
		ArticleQuery query = new ArticleQuery(filters.toFilters(), option("sort", sort, ArticleQuery.Sort.class),
				option("order", order, ArticleQuery.Order.class), page, size, cursor(cursor, page),
				option("interval", interval, ArticleQuery.Interval.class));
		if (query.cursor() != null
				&& (query.cursor().sort() != query.effectiveSort() || query.cursor().order() != query.order())) {
			throw new BadRequestException("cursor belongs to another sort or order: keep sort and order when paging");
		}
		return this.search.search(query);
	}

	@GetMapping("/articles/{id}")
	ArticleDocument article(@PathVariable String id) {
		return this.search.get(id).orElseThrow(() -> new NotFoundException("No indexed article with id " + id));
	}

	@GetMapping("/articles/{id}/similar")
	SimilarArticles similar(@PathVariable String id, @RequestParam(defaultValue = "10") int size) {
		checkSize(size);
		return new SimilarArticles(id, this.search.similar(id, size)
			.orElseThrow(() -> new NotFoundException("No indexed article with id " + id)));
	}

	@GetMapping("/articles/{id}/status")
	ArticleStatus status(@PathVariable String id) {
		return this.statuses.find(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
	}

	private static void checkSize(int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE);
		}
	}

	private static SearchCursor cursor(String token, int page) {
		if (token == null || token.isBlank()) {
			return null;
		}
		if (page != 0) {
			throw new BadRequestException("page and cursor cannot be combined: the cursor says where to go on");
		}
		try {
			return SearchCursor.parse(token.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("cursor is not one this API returned");
		}
	}

	static <E extends Enum<E>> E option(String name, String value, Class<E> type) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
				.map(e -> e.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", ")));
		}
	}
}
