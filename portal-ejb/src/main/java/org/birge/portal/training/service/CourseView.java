package org.birge.portal.training.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.org.domain.Role;

/** A course with everything its page shows: the texts, whom it is for, and its materials in order. */
public record CourseView(CourseRow row, String description, String objectives, String topics, List<Role> targetRoles,
                         List<MaterialItem> materials) implements Serializable {

    /**
     * One material: a link ({@code url}) or a file ({@code attachmentId}, with its name, type and size), at
     * its position in the list.
     */
    public record MaterialItem(int position, String title, String url, Long attachmentId, String fileName,
                               String mediaType, long size) implements Serializable {

        public boolean isFile() {
            return attachmentId != null;
        }

        /** The file's size in whole kilobytes, rounded up. */
        public long kilobytes() {
            return (size + 1023) / 1024;
        }
    }

    /** The role names of the target roles, for the form's check boxes. */
    public List<String> targetRoleNames() {
        return targetRoles.stream().map(Role::roleName).toList();
    }
}
