package news.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleCleanerTest {

	private static final SiteHost NO_HOST = SiteHost.of(null);

	private final TitleCleaner cleaner = new TitleCleaner();

	@Test
	void stripsKnownSiteNameAfterPipeOrDash() {
		assertThat(this.cleaner.withoutSiteName("Ferry line opens | Island Post", "Island Post"))
			.isEqualTo("Ferry line opens");
		assertThat(this.cleaner.withoutSiteName("Ferry line opens - Island Post", "Island Post"))
			.isEqualTo("Ferry line opens");
	}

	@Test
	void stripsKnownSiteNameBeforeTheHeadline() {
		assertThat(this.cleaner.withoutSiteName("Island Post: Ferry line opens", "island post"))
			.isEqualTo("Ferry line opens");
	}

	@Test
	void headlineBesideTheSiteNameIsWhatASeparatorSetsApart() {
		assertThat(this.cleaner.besideSiteName("Ferry line opens : Island Post | Since 2005", "Island Post"))
			.isEqualTo("Ferry line opens");
		assertThat(this.cleaner.besideSiteName("Island Post - Ferry line opens", "island post"))
			.isEqualTo("Ferry line opens");
		assertThat(this.cleaner.besideSiteName("Ferry line opens at Island Post", "Island Post")).isNull();
		assertThat(this.cleaner.besideSiteName("Island Post", "Island Post")).isNull();
	}

	@Test
	void findsTheSiteNameAfterLettersWhoseLowerCaseIsLonger() {
		assertThat(this.cleaner.besideSiteName("İzmir ferry line opens | Island Post", "Island Post"))
			.isEqualTo("İzmir ferry line opens");
		assertThat(this.cleaner.withoutSiteName("İzmir ferry line opens | Island Post", "island post"))
			.isEqualTo("İzmir ferry line opens");
	}

	@Test
	void stripsShortSuffixesOfUnknownSites() {
		assertThat(this.cleaner.withoutSuffix("Ferry line opens to the islands | News | Island Post", null, NO_HOST))
			.isEqualTo("Ferry line opens to the islands");
	}

	@Test
	void stripsTheSiteNameBeforeTheHeadlineAndTheSectionsAfterIt() {
		SiteHost host = SiteHost.of("https://island-rowers.org/news/1");
		assertThat(this.cleaner.withoutSuffix("Island Rowers Club - Ferry line opens to the islands - Club Press - News",
				null, host))
			.isEqualTo("Ferry line opens to the islands");
		assertThat(this.cleaner.withoutSuffix("island-rowers.org // » Jane Doe", null, host)).isEqualTo("Jane Doe");
		assertThat(this.cleaner.withoutSuffix("Ferry line opens to the islands - Club Press - News", null, NO_HOST))
			.isEqualTo("Ferry line opens to the islands - Club Press");
	}

	@Test
	void dropsASeparatorWithNothingAfterIt() {
		assertThat(this.cleaner.withoutSuffix("Island Ferries -", null, NO_HOST)).isEqualTo("Island Ferries");
		assertThat(this.cleaner.withoutSuffix("Ferry line opens to the islands | ", null, NO_HOST))
			.isEqualTo("Ferry line opens to the islands");
	}

	@Test
	void stripsSiteNamesThatChineseAndJapaneseTitlesJoinWithoutSpaces() {
		assertThat(this.cleaner.withoutSuffix("城市公园今年春天重新开放_示例网", null, NO_HOST)).isEqualTo("城市公园今年春天重新开放");
		assertThat(this.cleaner.withoutSuffix("港の新しいフェリーが就航｜サンプル新聞", null, NO_HOST)).isEqualTo("港の新しいフェリーが就航");
		assertThat(this.cleaner.withoutSuffix("東京-大阪間", null, NO_HOST)).isEqualTo("東京-大阪間");
	}

	@Test
	void findsTheHeadlineBesideTheBlogName() {
		assertThat(this.cleaner.headlineBeside("Island Notes » Blog Archive » Ferry line opens in May", "Island Notes"))
			.isEqualTo("Ferry line opens in May");
		assertThat(this.cleaner.headlineBeside("Ferry line opens in May | Island Notes", "Ferry line opens in May"))
			.isNull();
		assertThat(this.cleaner.headlineBeside("Ferry line opens in May", "Island Notes")).isNull();
	}

	@Test
	void keepsDashesThatBelongToTheHeadline() {
		assertThat(this.cleaner.withoutSuffix("Türkiye-Kazakhstan ties - a new chapter in cooperation opens", null, NO_HOST))
			.isEqualTo("Türkiye-Kazakhstan ties - a new chapter in cooperation opens");
	}

}
