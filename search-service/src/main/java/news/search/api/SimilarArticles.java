package news.search.api;

import java.util.List;

import news.search.query.SearchResult;

/** @param id the article the others are like; @param hits the most similar first */
record SimilarArticles(String id, List<SearchResult.Hit> hits) {
}
