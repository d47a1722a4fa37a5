package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.claims.TableReader.Cell;
import dev.factcheck.claims.TableReader.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static List<String> texts(String text, List<Cell> cells) {
        return cells.stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void pipeTable_firstRowIsTheHeader_theRuleLineIsSkipped_theTitleLineIsTheCaption() {
        String text = "Intro. Globex headcount by year:\n\n| Year | Headcount |\n|---|:---:|\n| 2023 | 118,000 |\n| 2024 | 112,500 |\n\nAfter.";
        List<Table> tables = TableReader.find(text);
        assertThat(tables).hasSize(1);
        Table table = tables.getFirst();
        assertThat(texts(text, table.header())).containsExactly("Year", "Headcount");
        assertThat(table.rows()).hasSize(2);
        assertThat(texts(text, table.rows().get(1))).containsExactly("2024", "112,500");
        assertThat(text.substring(table.caption().start(), table.caption().end())).isEqualTo("Globex headcount by year:");
    }

    @Test
    void pipeTable_needsTwoRows_andATitleLineEndingASentenceIsNoCaption() {
        assertThat(TableReader.find("Signal | 202-555-0143\nCall us.")).isEmpty();
        String text = "These are the largest rounds.\nStart-up | Amount\nHooli | $900 million";
        assertThat(TableReader.find(text).getFirst().caption()).isNull();
    }

    @Test
    void htmlTable_cellsAreTheTextBetweenTheTags_captionIsItsCaption() {
        String text = "<p>Ranking.</p>\n<TABLE>\n<caption> Revenue, fiscal 2024 </caption>\n"
                + "<tr><th>Company</th><th>Revenue</th></tr>\n<tr><td>Globex</td><td> $64.2 billion </td></tr>\n</table>\n<p>End.</p>";
        Table table = TableReader.find(text).getFirst();
        assertThat(texts(text, table.header())).containsExactly("Company", "Revenue");
        assertThat(texts(text, table.rows().getFirst())).containsExactly("Globex", "$64.2 billion");
        assertThat(text.substring(table.caption().start(), table.caption().end())).isEqualTo("Revenue, fiscal 2024");
        assertThat(text.substring(table.end())).isEqualTo("\n<p>End.</p>");
    }

    @Test
    void htmlTable_withoutItsClosingTags_endsWithTheText() {
        String text = "<table><tr><th>Company<th>Jobs cut<tr><td>Meta<td>3,600";
        Table table = TableReader.find(text).getFirst();
        assertThat(texts(text, table.rows().getFirst())).containsExactly("Meta", "3,600");
        assertThat(table.end()).isEqualTo(text.length());
    }
}
