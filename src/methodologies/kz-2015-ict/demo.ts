export function demoCampaign(): never { throw new Error('todo'); }
