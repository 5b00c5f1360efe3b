package org.challengemarket.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A starting point for a challenge draft: problem-first wording with placeholders. */
@Entity
@Table(name = "challenge_template")
public class ChallengeTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String title;

    @Column(name = "problem_statement", nullable = false)
    public String problemStatement;

    @Column(nullable = false)
    public String context;

    @Column(name = "expected_outcomes", nullable = false)
    public String expectedOutcomes;

    @Column(nullable = false)
    public String sector;
}
