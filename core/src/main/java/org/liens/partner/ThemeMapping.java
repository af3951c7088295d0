package org.liens.partner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * How the labels of seed 004 ("Dimension" and "Mots clés associés à l'action") map to data·inclusion themes. Labels
 * compare folded ({@link SearchText#fold}: "Parentalité" is "parentalite"); a label absent from the mapping maps to
 * nothing, and a record none of whose labels maps to a theme is reported, not imported. Immutable; a host gives its
 * own with {@link #of}. The standard mapping is the README's table (section "Orientation").
 */
public final class ThemeMapping {
  private static final ThemeMapping STANDARD = of(Map.ofEntries(
      Map.entry("Parentalité", Set.of(Theme.PARENTING_SUPPORT)),
      Map.entry("éducation / scolarité", Set.of(Theme.of("illettrisme--accompagner-scolarite"))),
      Map.entry("intergénérationnel", Set.of(Theme.of("remobilisation--lien-social"))),
      Map.entry("Mixité sociale", Set.of(Theme.of("remobilisation--lien-social"))),
      Map.entry("Intégration", Set.of(Theme.of("remobilisation--lien-social"))),
      Map.entry("Solidarité", Set.of(Theme.of("remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat"))),
      Map.entry("Précarité", Set.of(Theme.of("gestion-financiere--accompagnement-aux-personnes-en-difficultes-financieres"))),
      Map.entry("Viellissement", Set.of(Theme.of("sante--prevention-et-acces-aux-soins"))),
      Map.entry("Vieillissement", Set.of(Theme.of("sante--prevention-et-acces-aux-soins"))),
      Map.entry("Santé", Set.of(Theme.of("sante--prevention-et-acces-aux-soins"))),
      Map.entry("Démocratie & citoyenneté", Set.of(Theme.of("acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne"))),
      Map.entry("Citoyenneté", Set.of(Theme.of("acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne"))),
      Map.entry("Environnement", Set.of(Theme.of("acces-aux-droits-et-citoyennete--developpement-durable"))),
      Map.entry("développement durable", Set.of(Theme.of("acces-aux-droits-et-citoyennete--developpement-durable"))),
      Map.entry("vacances / loisirs", Set.of(Theme.of("remobilisation--decouvrir-son-potentiel-via-le-sport-et-la-culture"))),
      Map.entry("Culture", Set.of(Theme.of("remobilisation--decouvrir-son-potentiel-via-le-sport-et-la-culture"))),
      Map.entry("mobilité / transport", Set.of(Theme.of("mobilite--etre-accompagne-dans-son-parcours-mobilite"))),
      Map.entry("Emploi, économie",
          Set.of(Theme.of("accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel")))));

  private final Map<String, Set<Theme>> byLabel;

  private ThemeMapping(Map<String, Set<Theme>> byLabel) {
    this.byLabel = byLabel;
  }

  /**
   * {@return the standard mapping of seed 004's labels; "Services" and "Accompagnement de projets", which say how
   * rather than what, map to nothing}
   */
  public static ThemeMapping standard() {
    return STANDARD;
  }

  /**
   * {@return the mapping of these labels}
   *
   * @param byLabel the themes of each label, labels compared folded
   */
  public static ThemeMapping of(Map<String, Set<Theme>> byLabel) {
    Checks.required(byLabel, "byLabel");
    Map<String, Set<Theme>> folded = new HashMap<>();
    byLabel.forEach((label, themes) -> folded.merge(SearchText.fold(Checks.notBlank(label, "label")),
        Checks.setOf(themes, "themes"), (a, b) -> {
          Set<Theme> both = new LinkedHashSet<>(a);
          both.addAll(b);
          return Set.copyOf(both);
        }));
    return new ThemeMapping(Map.copyOf(folded));
  }

  /**
   * {@return the themes of these labels together}
   *
   * @param labels the dimensions and keywords of one record
   */
  public Set<Theme> themesOf(Iterable<String> labels) {
    Set<Theme> themes = new LinkedHashSet<>();
    for (String label : labels) {
      themes.addAll(byLabel.getOrDefault(SearchText.fold(label.strip()), Set.of()));
    }
    return Set.copyOf(themes);
  }
}
