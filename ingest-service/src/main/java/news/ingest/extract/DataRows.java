package news.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * Rows of a data table whose links name the row's items: a product linked to its test report beside its price and
 * grade, an ingredient linked to the shop beside its amount, a player linked to his profile beside his points. A
 * row with at least two cells holding text, one of them a data cell without a link, is such a row: menus and link
 * lists set in tables link every cell, and a navigation box labels its row of links with a header cell ({@code
 * <th>Members</th><td><a>…</a> • <a>…</a></td>}). Its links are the table's data, neither navigation nor teasers
 * of other pages.
 */
final class DataRows {

	private static final int MIN_CELLS = 2;

	private DataRows() {
	}

	static boolean namesItems(Element row) {
		if (!row.nameIs("tr")) {
			return false;
		}
		int cells = 0;
		boolean unlinkedData = false;
		for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
			if ((cell.nameIs("td") || cell.nameIs("th")) && cell.hasText()) {
				cells++;
				unlinkedData |= cell.nameIs("td") && cell.selectFirst(ExtractionRules.LINK) == null;
			}
		}
		return cells >= MIN_CELLS && unlinkedData;
	}

}
