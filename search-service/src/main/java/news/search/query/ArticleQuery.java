package news.search.query;

/**
 * A search as the API takes it.
 *
 * @param filters what the articles must match
 * @param sort relevance, publication date or figure value
 * @param order for date and figure sorts: descending (newest, largest first) or ascending
 * @param page zero-based page number; with a cursor, pages count on from the cursor
 * @param cursor where the previous page ended ({@link SearchCursor}); null to start from the top
 * @param interval the calendar interval of the publication-date histogram
 */
public record ArticleQuery(ArticleFilters filters, Sort sort, Order order, int page, int size, SearchCursor cursor,
		Interval interval) {

	public ArticleQuery {
		sort = sort == null ? Sort.RELEVANCE : sort;
		order = order == null ? Order.DESC : order;
		interval = interval == null ? Interval.MONTH : interval;
	}

	public ArticleQuery(ArticleFilters filters, int page, int size) {
		this(filters, null, null, page, size, null, null);
	}

	/** Relevance without text has nothing to rank by: the newest come first then. */
	public Sort effectiveSort() {
		return this.sort == Sort.RELEVANCE && !this.filters.hasText() ? Sort.DATE : this.sort;
	}

	public enum Sort {
		RELEVANCE, DATE, FIGURE
	}

	public enum Order {
		DESC, ASC
	}

	public enum Interval {
		DAY, WEEK, MONTH, QUARTER, YEAR
	}
}
