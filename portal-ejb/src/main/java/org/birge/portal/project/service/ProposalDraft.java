package org.birge.portal.project.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.project.domain.Beneficiaries;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.BudgetLine;
import org.birge.portal.project.domain.Consultation;
import org.birge.portal.project.domain.Contribution;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.Indicator;
import org.birge.portal.project.domain.Milestone;
import org.birge.portal.project.domain.Project;

/**
 * A proposal as the mayor's form holds it between saves: every field the mayor types, kept in the view,
 * so that nothing typed is lost when a save or a submission is refused.
 */
public class ProposalDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private long version;
    private String title;
    private String problem;
    private String solution;
    private Integer beneficiaries;
    private Integer children;
    private Integer withDisabilities;
    private Integer vulnerableFamilies;
    private String benefit;
    private LocalDate consultedOn;
    private Integer consultedPeople;
    private String consultationDecision;
    private List<Line> lines = new ArrayList<>();
    private List<Funding> funding = new ArrayList<>();
    private List<Step> milestones = new ArrayList<>();
    private List<Measure> indicators = new ArrayList<>();

    /** A budget line. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private BudgetCategory category = BudgetCategory.WORKS;
        private String description;
        private BigDecimal quantity = BigDecimal.ONE;
        private Long unitCost;

        public long total() {
            return quantity == null || unitCost == null ? 0
                    : quantity.multiply(BigDecimal.valueOf(unitCost)).setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValue();
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public BudgetCategory getCategory() {
            return category;
        }

        public void setCategory(BudgetCategory category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public Long getUnitCost() {
            return unitCost;
        }

        public void setUnitCost(Long unitCost) {
            this.unitCost = unitCost;
        }
    }

    /** The amount from one source of funding; the form shows one row per source. */
    public static class Funding implements Serializable {
        private static final long serialVersionUID = 1L;
        private FundingSource source;
        private Long amount;

        public Funding() {
        }

        public Funding(FundingSource source, Long amount) {
            this.source = source;
            this.amount = amount;
        }

        public FundingSource getSource() {
            return source;
        }

        public void setSource(FundingSource source) {
            this.source = source;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    /** A milestone. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String title;
        private LocalDate dueOn;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** An indicator. */
    public static class Measure implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String unit;
        private BigDecimal baseline;
        private BigDecimal target;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    /** The draft of a stored project. */
    static ProposalDraft of(Project p) {
        ProposalDraft d = new ProposalDraft();
        d.id = p.getId();
        d.version = p.getVersion();
        d.title = p.getTitle();
        d.problem = p.getProblem();
        d.solution = p.getSolution();
        Beneficiaries b = p.getBeneficiaries();
        if (b != null) {
            d.beneficiaries = b.getTotal();
            d.children = b.getChildren();
            d.withDisabilities = b.getWithDisabilities();
            d.vulnerableFamilies = b.getVulnerableFamilies();
            d.benefit = b.getBenefit();
        }
        Consultation c = p.getConsultation();
        if (c != null) {
            d.consultedOn = c.getHeldOn();
            d.consultedPeople = c.getParticipants();
            d.consultationDecision = c.getDecision();
        }
        for (BudgetLine line : p.getBudgetLines()) {
            Line l = new Line();
            l.id = line.getId();
            l.category = line.getCategory();
            l.description = line.getDescription();
            l.quantity = line.getQuantity();
            l.unitCost = line.getUnitCost();
            d.lines.add(l);
        }
        for (FundingSource source : FundingSource.values()) {
            long amount = p.amountFrom(source);
            d.funding.add(new Funding(source, amount == 0 ? null : amount));
        }
        for (Milestone milestone : p.getMilestones()) {
            Step s = new Step();
            s.id = milestone.getId();
            s.title = milestone.getTitle();
            s.dueOn = milestone.getDueOn();
            d.milestones.add(s);
        }
        for (Indicator indicator : p.getIndicators()) {
            Measure m = new Measure();
            m.id = indicator.getId();
            m.name = indicator.getName();
            m.unit = indicator.getUnit();
            m.baseline = indicator.getBaseline();
            m.target = indicator.getTarget();
            d.indicators.add(m);
        }
        return d;
    }

    /** What the domain takes; empty rows the mayor added but left blank are left out. */
    Project.Content content() {
        return new Project.Content(title, problem, solution,
                new Beneficiaries(beneficiaries, children, withDisabilities, vulnerableFamilies, benefit),
                new Consultation(consultedOn, consultedPeople, consultationDecision),
                lines.stream().filter(l -> !blank(l.description) || l.unitCost != null)
                        .map(l -> new BudgetLine.Item(l.id, l.category, l.description, l.quantity,
                                l.unitCost == null ? -1 : l.unitCost)).toList(),
                funding.stream().filter(f -> f.source != null && f.amount != null)
                        .map(f -> new Contribution(f.source, f.amount)).toList(),
                milestones.stream().filter(m -> !blank(m.title) || m.dueOn != null)
                        .map(m -> new Milestone.Item(m.id, m.title, m.dueOn)).toList(),
                indicators.stream().filter(i -> !blank(i.name) || !blank(i.unit))
                        .map(i -> new Indicator.Item(i.id, i.name, i.unit, i.baseline, i.target)).toList());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The total of the budget lines as typed. */
    public long budgetTotal() {
        return lines.stream().mapToLong(Line::total).sum();
    }

    /** The total of the funding as typed. */
    public long fundingTotal() {
        return funding.stream().filter(f -> f.amount != null).mapToLong(Funding::getAmount).sum();
    }

    /** The local share of the funding as typed, in whole percent. */
    public long localSharePercent() {
        long total = fundingTotal();
        long local = funding.stream().filter(f -> f.amount != null && f.source != null && f.source.isLocal())
                .mapToLong(Funding::getAmount).sum();
        return total == 0 ? 0 : local * 100 / total;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public Integer getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(Integer beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public Integer getChildren() {
        return children;
    }

    public void setChildren(Integer children) {
        this.children = children;
    }

    public Integer getWithDisabilities() {
        return withDisabilities;
    }

    public void setWithDisabilities(Integer withDisabilities) {
        this.withDisabilities = withDisabilities;
    }

    public Integer getVulnerableFamilies() {
        return vulnerableFamilies;
    }

    public void setVulnerableFamilies(Integer vulnerableFamilies) {
        this.vulnerableFamilies = vulnerableFamilies;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(LocalDate consultedOn) {
        this.consultedOn = consultedOn;
    }

    public Integer getConsultedPeople() {
        return consultedPeople;
    }

    public void setConsultedPeople(Integer consultedPeople) {
        this.consultedPeople = consultedPeople;
    }

    public String getConsultationDecision() {
        return consultationDecision;
    }

    public void setConsultationDecision(String consultationDecision) {
        this.consultationDecision = consultationDecision;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Funding> getFunding() {
        return funding;
    }

    public List<Step> getMilestones() {
        return milestones;
    }

    public List<Measure> getIndicators() {
        return indicators;
    }
}
