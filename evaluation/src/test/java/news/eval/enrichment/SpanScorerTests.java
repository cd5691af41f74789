package news.eval.enrichment;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.eval.enrichment.SpanScorer.Span;

import static org.assertj.core.api.Assertions.assertThat;

class SpanScorerTests {

	@Test
	void exactSpansMustHaveTheSameOffsetsAndLabel() {
		SpanScorer scorer = new SpanScorer("PER", "LOC");
		scorer.addExact(List.of(new Span(0, 5, "PER"), new Span(10, 15, "LOC"), new Span(20, 26, "ORG")),
				List.of(new Span(0, 5, "PER"), new Span(10, 14, "LOC"), new Span(20, 26, "LOC")));
		assertThat(scorer.totals().get("PER").toString()).isEqualTo("tp=1 fp=0 fn=0");
		assertThat(scorer.totals().get("LOC").toString()).isEqualTo("tp=0 fp=2 fn=1");
	}

	@Test
	void overlapRecallNeedsOneSharedCharacter() {
		SpanScorer scorer = new SpanScorer("MONEY", "QUANTITY");
		scorer.addOverlap(List.of(new Span(0, 12, "MONEY"), new Span(20, 30, "QUANTITY"), new Span(40, 45, "QUANTITY")),
				List.of(new Span(1, 3, "QUANTITY"), new Span(30, 40, "QUANTITY")));
		assertThat(scorer.totals().get("MONEY").recall()).isEqualTo(1.0);
		assertThat(scorer.totals().get("QUANTITY").toString()).isEqualTo("tp=0 fp=0 fn=2");
	}

}
