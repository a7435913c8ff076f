package org.birge.portal.project.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.MilestoneStatus;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.shared.service.Names;

/**
 * Everything a project's page shows, and what the person looking at it may do; {@code courseWait} is the
 * course the current step waits for before it can be approved, or null.
 */
public record ProjectView(Header header, Proposal proposal, List<Money> funding, List<Line> budget,
                          List<Step> milestones, List<Measure> indicators, List<Points> scores, List<Report> reports,
                          List<File> attachments, List<TaskRow> tasks, Permissions can, CourseWait courseWait)
        implements Serializable {

    /**
     * The current step cannot be approved until the district's mayor completes this course: its code, its
     * title and its id in the catalogue (null if the catalogue does not hold it); {@code forMe} when the
     * reader is that mayor, who is shown the way to the course.
     */
    public record CourseWait(String courseCode, String courseTitle, Long courseId, boolean forMe)
            implements Serializable {
    }

    /** Who, where, which call and workflow, the state and the money. */
    public record Header(long id, long version, String reference, String title, ProjectStatus status, String stepCode,
                         int round, Names district, Names region, long callId, String callTitle, long callMaxGrant,
                         int callMinShare, Names workflow, int workflowRevision, long totalCost, long grantRequested,
                         long grantApproved, long spent, long localSharePercent, Instant submittedAt,
                         Integer peopleReached, String lessonsLearned) implements Serializable {

        public int spentPercent() {
            return totalCost == 0 ? 0 : (int) Math.min(100, spent * 100 / totalCost);
        }
    }

    /** The proposal's text and figures. */
    public record Proposal(String problem, String solution, Integer beneficiaries, Integer children,
                           Integer withDisabilities, Integer vulnerableFamilies, String benefit, LocalDate consultedOn,
                           Integer consultedPeople, String consultationDecision) implements Serializable {
    }

    public record Money(FundingSource source, long amount) implements Serializable {
    }

    /** A budget line with what was spent on it so far. */
    public record Line(long id, BudgetCategory category, String description, BigDecimal quantity, long unitCost,
                       long total, long spent) implements Serializable {

        public int spentPercent() {
            return total == 0 ? 0 : (int) Math.min(100, spent * 100 / total);
        }
    }

    public record Step(long id, long version, String title, LocalDate dueOn, LocalDate reachedOn,
                       MilestoneStatus status, boolean late) implements Serializable {
    }

    /** An indicator with its latest reported value. */
    public record Measure(long id, String name, String unit, BigDecimal baseline, BigDecimal target,
                          BigDecimal latest, String latestPeriod, BigDecimal finalValue) implements Serializable {
    }

    public record Points(String criterion, int points, int maxPoints) implements Serializable {
    }

    public record Report(long id, int year, int quarter, ReportStatus status, String narrative, String issues,
                         String reviewComment, Instant submittedAt) implements Serializable {

        public String period() {
            return year + " Q" + quarter;
        }
    }

    public record File(long id, AttachmentPurpose purpose, String fileName, String mediaType, long size,
                       Long reportId) implements Serializable {

        public boolean isImage() {
            return mediaType.startsWith("image/");
        }
    }

    /** What the viewer may do here. */
    public record Permissions(boolean edit, boolean report, boolean evaluate) implements Serializable {
    }

    public int scoreTotal() {
        return scores.stream().mapToInt(Points::points).sum();
    }

    public int scoreMaximum() {
        return scores.stream().mapToInt(Points::maxPoints).sum();
    }
}
