package org.birge.portal.training.service;

import java.io.Serializable;

/** A trainee's pre- and post-test scores as the trainer enters them; null where a test was not taken. */
public record Scores(Integer pre, Integer post) implements Serializable {
}
