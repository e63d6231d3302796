export declare function graphqlEnvSource(sdl: string): string;
