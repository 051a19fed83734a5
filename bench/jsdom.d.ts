// The little of jsdom's API the extraction benchmark uses (jsdom ships no types; @types/jsdom is not installed).
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { document: Document; close(): void };
  }
}
