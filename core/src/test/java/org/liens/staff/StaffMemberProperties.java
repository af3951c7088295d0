package org.liens.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.access.Role;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

class StaffMemberProperties {
  private static final StaffId ID = StaffId.of(new UUID(5, 1));
  private static final OrganisationId EMPLOYER = OrganisationId.of(new UUID(5, 2));
  private static final LocalDate FROM = LocalDate.of(2023, 9, 1);

  @Provide
  Arbitrary<Set<StaffRole>> roles() {
    return Arbitraries.of(StaffRole.class).set().ofMinSize(1);
  }

  @Property
  @Label("a staff member is active from its first day to its last, both included, and acts only in its roles then")
  void activeFromTheFirstToTheLastDayIncluded(@ForAll("roles") Set<StaffRole> roles,
      @ForAll @IntRange(max = 400) int length, @ForAll boolean ends, @ForAll @IntRange(min = -50, max = 500) int day,
      @ForAll Role role) {
    StaffMember member = (ends ? StaffMember.register(ID, EMPLOYER, roles, FROM, FROM.plusDays(length))
        : StaffMember.register(ID, EMPLOYER, roles, FROM)).after();
    LocalDate on = FROM.plusDays(day);

    boolean active = day >= 0 && (!ends || day <= length);
    assertThat(member.isActiveOn(on)).isEqualTo(active);
    boolean teamRole = roles.contains(StaffRole.EDUCATOR) || roles.contains(StaffRole.PRACTITIONER);
    boolean expected = active && switch (role) {
      case EDUCATOR -> teamRole;
      case COORDINATOR -> roles.contains(StaffRole.COORDINATOR);
      default -> false;
    };
    assertThat(member.actsAs(role, on)).isEqualTo(expected);
    assertThat(member.joinsTeamsOn(on)).isEqualTo(active && teamRole);
    Statistics.label("active").collect(active);
  }

  @Property
  @Label("ending the activity keeps the first day; a last day before the first is refused and changes nothing")
  void endingTheActivity(@ForAll @IntRange(min = -30, max = 30) int lastDay) {
    StaffMember member = StaffMember.register(ID, EMPLOYER, Set.of(StaffRole.EDUCATOR), FROM)
        .after();
    if (lastDay < 0) {
      assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
          () -> member.endActivity(FROM.plusDays(lastDay)));
    } else {
      StaffMember ended = member.endActivity(FROM.plusDays(lastDay)).after();
      assertThat(ended.activeFrom()).isEqualTo(FROM);
      assertThat(ended.isActiveOn(FROM.plusDays(lastDay))).isTrue();
      assertThat(ended.isActiveOn(FROM.plusDays(lastDay + 1))).isFalse();
    }
  }

  @Example
  void aStaffMemberHasAtLeastOneRoleAndItsRolesInDeclarationOrder() {
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> StaffMember.register(ID, EMPLOYER, Set.of(), FROM));
    StaffMember member = StaffMember.register(ID, EMPLOYER,
        Set.of(StaffRole.COORDINATOR, StaffRole.EDUCATOR, StaffRole.PRACTITIONER), FROM).after();
    assertThat(member.roles()).containsExactly(StaffRole.EDUCATOR, StaffRole.PRACTITIONER, StaffRole.COORDINATOR);
    assertThat(member.changeRoles(Set.of(StaffRole.COORDINATOR)).events())
        .containsExactly(new StaffRolesChanged(ID, Set.of(StaffRole.COORDINATOR)));
  }
}
