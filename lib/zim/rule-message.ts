/** Every validation message names the code ZIM itself would answer, so the form and ZIM agree. */
export function ruleMessage(rule: string, code: number): string {
  return `${rule}: ZIM would answer ${code}`;
}

const CODE_IN_MESSAGE = /ZIM would answer (\d+)/;

export function codeInMessage(message: string): number | undefined {
  const match = CODE_IN_MESSAGE.exec(message);
  return match ? Number(match[1]) : undefined;
}
