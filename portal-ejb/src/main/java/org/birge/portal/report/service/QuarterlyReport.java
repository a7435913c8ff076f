package org.birge.portal.report.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.shared.service.Names;

/**
 * The programme's progress report for one quarter, every figure summed in the database from live records:
 * results against the projects' indicators, the budget approved and disbursed by region and by project
 * (in the quarter and cumulative to its last day), the training delivered in the quarter, the residents'
 * feedback and trust figures by region, and the risks and issues the mayors' progress reports name.
 *
 * <p>"Disbursed" is the programme grant's share of the money a project spent (each expenditure times the
 * project's grant over its total cost), as on the grant calls' page.
 */
public record QuarterlyReport(ReportQuarter quarter, Instant generatedAt, String generatedBy,
                              List<IndicatorGroup> indicatorGroups, List<IndicatorResult> indicators,
                              List<RegionBudget> regions, List<ProjectBudget> projects, Budget budgetTotal,
                              Training training, List<CourseTraining> courses, List<RegionFeedback> feedback,
                              Feedback feedbackTotal, List<Risk> risks, List<MissingReport> missingReports)
        implements Serializable {

    public QuarterlyReport {
        indicatorGroups = List.copyOf(indicatorGroups);
        indicators = List.copyOf(indicators);
        regions = List.copyOf(regions);
        projects = List.copyOf(projects);
        courses = List.copyOf(courses);
        feedback = List.copyOf(feedback);
        risks = List.copyOf(risks);
        missingReports = List.copyOf(missingReports);
    }

    /** The money of a project, a region or the programme: in the quarter and cumulative to its last day. */
    public record Budget(long projects, long totalCost, long approved, long approvedInQuarter, long spentInQuarter,
                         long spentToDate, long disbursedInQuarter, long disbursedToDate) implements Serializable {

        public static final Budget NONE = new Budget(0, 0, 0, 0, 0, 0, 0, 0);

        public Budget plus(Budget other) {
            return new Budget(projects + other.projects, totalCost + other.totalCost, approved + other.approved,
                    approvedInQuarter + other.approvedInQuarter, spentInQuarter + other.spentInQuarter,
                    spentToDate + other.spentToDate, disbursedInQuarter + other.disbursedInQuarter,
                    disbursedToDate + other.disbursedToDate);
        }

        /** Disbursed to date in percent of the grant approved; null without a grant. */
        public Double disbursedShare() {
            return approved == 0 ? null : disbursedToDate * 100.0 / approved;
        }
    }

    /** A project with a grant: where it is and its money. */
    public record ProjectBudget(long id, String title, ProjectStatus status, Names district, long regionId,
                                String regionCode, Names region, Budget budget) implements Serializable {
    }

    /** A region's projects with a grant, their money summed. */
    public record RegionBudget(long id, String code, Names name, Budget budget) implements Serializable {
    }

    /**
     * One indicator of a project: baseline, target, the value reported for the quarter (null when none), and
     * the latest value reported up to the quarter's end (null when none yet) with its period.
     */
    public record IndicatorResult(long projectId, String project, Names district, String name, String unit,
                                  BigDecimal baseline, BigDecimal target, BigDecimal inQuarter, BigDecimal achieved,
                                  String achievedIn) implements Serializable {

        /** How far the latest value went from the baseline to the target, in percent; null without a value. */
        public Double progress() {
            return QuarterlyReport.progress(baseline, target, achieved);
        }
    }

    /**
     * The indicators that share a definition (the same name and unit) across projects, summed: how many
     * projects measure it, the baselines, the targets, and the values achieved (an indicator with no value
     * reported yet counts at its baseline), and how many of them reported a value for the quarter.
     */
    public record IndicatorGroup(String name, String unit, long projects, BigDecimal baseline, BigDecimal target,
                                 BigDecimal achieved, long reportedInQuarter) implements Serializable {

        public Double progress() {
            return QuarterlyReport.progress(baseline, target, achieved);
        }
    }

    /**
     * The training delivered in the quarter: sessions completed whose last day lies in it, their participants
     * (who held a seat to the end) and those who completed, the different people trained, certificates
     * issued (not revoked), days attended out of the days the participants were expected, and the sums and
     * count of the evaluations (scores from 1 to 5) for the averages.
     */
    public record Training(long sessions, long participants, long completed, long trained, long certificates,
                           long daysAttended, long daysExpected, long evaluations, long usefulness,
                           long trainerRating, long organisation) implements Serializable {

        public static final Training NONE = new Training(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Double attendanceRate() {
            return daysExpected == 0 ? null : daysAttended * 100.0 / daysExpected;
        }

        public Double completionRate() {
            return participants == 0 ? null : completed * 100.0 / participants;
        }

        public Double averageUsefulness() {
            return average(usefulness);
        }

        public Double averageTrainerRating() {
            return average(trainerRating);
        }

        public Double averageOrganisation() {
            return average(organisation);
        }

        private Double average(long sum) {
            return evaluations == 0 ? null : (double) sum / evaluations;
        }
    }

    /** A course's training in the quarter; {@code training.trained} is its completions. */
    public record CourseTraining(String code, String title, Training training) implements Serializable {
    }

    /**
     * Residents' feedback in the quarter: appeals received in it; of the appeals answered in it, those on
     * time, the rated and the satisfied ones, and the sum of their working days to answer; polls running in
     * it and the votes cast in it. The shares to date are those of all the place's appeals so far, from the
     * trust figures.
     */
    public record Feedback(long received, long answered, long onTime, long rated, long satisfied, long workingDays,
                           long polls, long votes, Double onTimeToDate, Double satisfiedToDate)
            implements Serializable {

        public static final Feedback NONE = new Feedback(0, 0, 0, 0, 0, 0, 0, 0, null, null);

        public Double onTimeShare() {
            return answered == 0 ? null : onTime * 100.0 / answered;
        }

        public Double satisfiedShare() {
            return rated == 0 ? null : satisfied * 100.0 / rated;
        }

        public Double averageDays() {
            return answered == 0 ? null : (double) workingDays / answered;
        }
    }

    /** A region's feedback in the quarter. */
    public record RegionFeedback(long id, String code, Names name, Feedback feedback) implements Serializable {
    }

    /** A progress report on the quarter: the project, the report's state, and the issues and risks it names. */
    public record Risk(long projectId, String project, Names district, Names region, ReportStatus status,
                       String issues) implements Serializable {
    }

    /** A project in implementation with no progress report on the quarter. */
    public record MissingReport(long projectId, String project, Names district, Names region)
            implements Serializable {
    }

    static Double progress(BigDecimal baseline, BigDecimal target, BigDecimal achieved) {
        if (achieved == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return achieved.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
