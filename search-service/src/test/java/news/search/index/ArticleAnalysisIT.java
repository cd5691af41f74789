package news.search.index;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed analyzer on the real Elasticsearch: a word the page hyphenates softly ("Bundes&shy;kanzlerin") is
 * the word a reader types, in titles, bodies and figure sentences alike.
 */
@SpringBootTest
class ArticleAnalysisIT {

	@Autowired
	ElasticsearchClient client;

	@Autowired
	IndexProperties properties;

	private final String index = "test-analysis-" + UUID.randomUUID();

	@BeforeEach
	void create() throws Exception {
		String definition = IndexInitializer.definition(this.properties.articlesIndex()).toString();
		this.client.indices().create(c -> c.index(this.index).withJson(new StringReader(definition)));
	}

	@AfterEach
	void delete() throws Exception {
		this.client.indices().delete(d -> d.index(this.index));
	}

	@Test
	void softHyphensDoNotSplitOrChangeAWord() throws Exception {
		assertThat(tokens("body", "Die Bundes\u00ADkanzlerin reiste nach Kasach\u00ADstan"))
			.isEqualTo(tokens("body", "Die Bundeskanzlerin reiste nach Kasachstan"))
			.contains("bundeskanzlerin", "kasachstan");
		assertThat(tokens("title", "Welt\u00ADernährungs\u00ADprogramm")).containsExactly("welternahrungsprogramm");
	}

	private List<String> tokens(String field, String text) throws Exception {
		return this.client.indices()
			.analyze(a -> a.index(this.index).field(field).text(text))
			.tokens()
			.stream()
			.map(AnalyzeToken::token)
			.toList();
	}

}
