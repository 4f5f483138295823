// The LibreAuth SDK surface the docs samples call; declarations only.
declare module 'libreauth' {
  export type Result = Record<string, unknown>;

  export class LibreAuth {
    constructor(name: string, ownerid: string, version: string, url?: string);
    register(username: string, pass: string, key: string): Promise<Result>;
    login(username: string, pass: string): Promise<Result>;
    license(key: string): Promise<Result>;
    upgrade(username: string, key: string): Promise<Result>;
    changeUsername(newUsername: string): Promise<Result>;
    checkBlacklist(hwid: string): Promise<Result>;
    ban(): Promise<Result>;
    chatGet(channel: string): Promise<Result>;
    chatSend(message: string, channel: string): Promise<Result>;
    var(varid: string): Promise<Result>;
    getVar(var_: string): Promise<Result>;
    setVar(var_: string, data: string): Promise<Result>;
    file(fileid: string): Promise<Result>;
    webhook(webid: string, params: string): Promise<Result>;
    log(pcuser: string, message: string): Promise<Result>;
    health(): Promise<Result>;
    init(): Promise<Result>;
    check(): Promise<Result>;
    logout(): Promise<Result>;
    fetchOnline(): Promise<Result>;
    fetchStats(): Promise<Result>;
    enable2fa(): Promise<Result>;
    disable2fa(code: string): Promise<Result>;
  }
}
