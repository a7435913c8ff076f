package org.birge.portal.training.service;

import java.io.Serializable;

/** A trainer a session can name: the username it keeps and the name people read. */
public record TrainerChoice(String username, String name) implements Serializable {
}
