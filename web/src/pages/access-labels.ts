/** How the person reaches a record, in words (the API says own_caseload, team, break_glass, none). */
export function accessLabel(access: string): string {
  switch (access) {
    case 'own_caseload':
      return 'On your caseload';
    case 'team':
      return 'Your team';
    case 'break_glass':
      return 'Emergency access';
    default:
      return 'Organization';
  }
}
