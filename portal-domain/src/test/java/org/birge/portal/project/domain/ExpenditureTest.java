package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.projectAt;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpenditureTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-07-15");
    private static final String INVOICE = "Invoice 2026/118 of Zaisan Stroy LLP";

    private final Project project = projectAt(4);
    private final BudgetLine works = project.getBudgetLines().get(0);

    @Test
    void anExpenditureRecordsTheAmountDateAndDocumentAgainstItsLine() {
        Expenditure spent = new Expenditure(works, 250_000, TODAY.minusDays(3), "  " + INVOICE + " ", TODAY);

        assertSame(works, spent.getLine());
        assertEquals(1050L, spent.getProjectId());
        assertEquals(250_000, spent.getAmount());
        assertEquals(TODAY.minusDays(3), spent.getSpentOn());
        assertEquals(INVOICE, spent.getDocument());
    }

    @ParameterizedTest(name = "{0} tenge is refused")
    @CsvSource({"0", "-1", "-250000"})
    void theAmountMustBePositive(long amount) {
        assertRefused("project.expenditure.amountPositive",
                () -> new Expenditure(works, amount, TODAY, INVOICE, TODAY));
    }

    @ParameterizedTest(name = "{0} tenge is accepted")
    @CsvSource({"1", "600000", "1000000"})
    void anyPositiveAmountIsAccepted(long amount) {
        assertEquals(amount, new Expenditure(works, amount, TODAY, INVOICE, TODAY).getAmount());
    }

    @Test
    void moneySpentTodayIsAccepted() {
        assertEquals(TODAY, new Expenditure(works, 1_000, TODAY, INVOICE, TODAY).getSpentOn());
    }

    @ParameterizedTest(name = "spent on {0}")
    @ValueSource(strings = {"2026-07-16", "2027-01-01"})
    void moneyCannotBeSpentInTheFuture(LocalDate spentOn) {
        assertRefused("project.expenditure.dateInvalid", () -> new Expenditure(works, 1_000, spentOn, INVOICE, TODAY));
    }

    @Test
    void anExpenditureNeedsADate() {
        assertRefused("project.expenditure.dateInvalid", () -> new Expenditure(works, 1_000, null, INVOICE, TODAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void anExpenditureNeedsADocument(String document) {
        assertRefused("project.expenditure.documentRequired",
                () -> new Expenditure(works, 1_000, TODAY, document, TODAY));
    }

    @Test
    void aDocumentLongerThanTheColumnIsRefused() {
        String tooLong = "d".repeat(Expenditure.DOCUMENT_LENGTH + 1);

        DomainException refused = assertRefused("project.textLength",
                () -> new Expenditure(works, 1_000, TODAY, tooLong, TODAY));

        assertEquals(List.of(Expenditure.DOCUMENT_LENGTH), refused.getArguments());
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {0, 3, 5})
    void onlyAProjectInImplementationSpendsMoney(int position) {
        BudgetLine line = projectAt(position).getBudgetLines().get(0);

        assertRefused("project.report.notInImplementation", () -> new Expenditure(line, 1_000, TODAY, INVOICE, TODAY));
    }
}
