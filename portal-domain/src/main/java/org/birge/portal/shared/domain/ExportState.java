package org.birge.portal.shared.domain;

/** Where an export job is: waiting for a thread, writing, its file ready, or failed. */
public enum ExportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
