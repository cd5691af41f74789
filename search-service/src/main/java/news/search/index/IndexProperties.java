package news.search.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param articlesAlias the name readers and writers use; it points at the current versioned index
 * @param articlesIndex the versioned index created from {@code index/<articlesIndex>.json} when the alias is missing
 * @param statusIndex where each article's pipeline status is kept
 */
@ConfigurationProperties("news.search.index")
public record IndexProperties(@DefaultValue("news-articles") String articlesAlias,
		@DefaultValue("news-articles-v4") String articlesIndex, @DefaultValue("news-status-v1") String statusIndex) {
}
