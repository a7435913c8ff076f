package org.birge.portal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One export a user asked for: a file written in the background, row by row, whose progress the page
 * polls. Only its owner downloads the file. States move QUEUED → RUNNING → DONE or FAILED, and only so.
 */
@Entity
@Table(name = "export_job")
@NamedQuery(name = "ExportJob.mine", query = "select j from ExportJob j where j.owner = :owner"
        + " order by j.createdAt desc, j.id desc")
@NamedQuery(name = "ExportJob.olderThan", query = "select j from ExportJob j where j.createdAt < :before")
public class ExportJob extends VersionedEntity {

    public static final int NAME_LENGTH = 200;
    public static final int FILTER_LENGTH = 1000;
    public static final int ERROR_LENGTH = 500;

    @Column(nullable = false, length = 100, updatable = false)
    private String owner;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(nullable = false, length = 10, updatable = false)
    private String format;

    @Column(length = FILTER_LENGTH, updatable = false)
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExportState state;

    @Column(nullable = false)
    private long done;

    @Column(nullable = false)
    private long total;

    @Column(name = "offered_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String offeredName;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = ERROR_LENGTH)
    private String error;

    protected ExportJob() {
    }

    /** {@code offeredName}: the file name the owner downloads it under, such as programme-report-2026-Q3.pdf. */
    public ExportJob(String owner, String kind, String format, String filter, String offeredName) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.offeredName = Texts.clip(Objects.requireNonNull(offeredName, "offeredName"), NAME_LENGTH);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = Objects.requireNonNull(format, "format");
        this.filter = filter == null ? null : Texts.clip(filter, FILTER_LENGTH);
        this.state = ExportState.QUEUED;
    }

    /** The writer starts: it knows how many rows it will write. */
    public void start(long rows) {
        require(ExportState.QUEUED);
        state = ExportState.RUNNING;
        total = Math.max(rows, 0);
    }

    /** Rows written so far; never beyond the total (a list may grow while it is written). */
    public void progress(long rows) {
        require(ExportState.RUNNING);
        done = Math.max(done, rows);
        total = Math.max(total, done);
    }

    public void finish(String file, Instant at) {
        require(ExportState.RUNNING);
        state = ExportState.DONE;
        fileName = Objects.requireNonNull(file, "file");
        done = total = Math.max(done, total);
        finishedAt = at;
    }

    public void fail(String reason, Instant at) {
        if (state.finished()) {
            throw new DomainException("export.error.finished");
        }
        state = ExportState.FAILED;
        error = reason == null ? "" : Texts.clip(reason, ERROR_LENGTH);
        finishedAt = at;
    }

    /** Done in percent, 0 to 100; a finished empty export is 100. */
    public int percent() {
        if (state == ExportState.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean ownedBy(String username) {
        return owner.equals(username);
    }

    private void require(ExportState expected) {
        if (state != expected) {
            throw new DomainException("export.error.state", state.name());
        }
    }

    public String getOwner() {
        return owner;
    }

    public String getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getFilter() {
        return filter;
    }

    public ExportState getState() {
        return state;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    public String getOfferedName() {
        return offeredName;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }
}
