// The LibreAuth SDK surface the docs samples call; declarations only.
declare module 'libreauth' {
  export type Result = Record<string, unknown>;

  export class LibreAuth {
    constructor(name: string, ownerid: string, version: string, url?: string);
    Register(username: string, pass: string, key: string): Promise<Result>;
    Login(username: string, pass: string): Promise<Result>;
    License(key: string): Promise<Result>;
    Upgrade(username: string, key: string): Promise<Result>;
    ChangeUsername(newUsername: string): Promise<Result>;
    CheckBlacklist(hwid: string): Promise<Result>;
    Ban(): Promise<Result>;
    ChatGet(channel: string): Promise<Result>;
    ChatSend(message: string, channel: string): Promise<Result>;
    Var(varid: string): Promise<Result>;
    GetVar(var_: string): Promise<Result>;
    SetVar(var_: string, data: string): Promise<Result>;
    File(fileid: string): Promise<Result>;
    Webhook(webid: string, params: string): Promise<Result>;
    Log(pcuser: string, message: string): Promise<Result>;
    Health(): Promise<Result>;
    Init(): Promise<Result>;
    Check(): Promise<Result>;
    Logout(): Promise<Result>;
    FetchOnline(): Promise<Result>;
    FetchStats(): Promise<Result>;
    Enable2fa(): Promise<Result>;
    Disable2fa(code: string): Promise<Result>;
  }
}

// Create React App puts REACT_APP_* variables on process.env.
declare const process: { readonly env: Readonly<Record<string, string | undefined>> };
