export function demoCampaign() { return null as never; }
