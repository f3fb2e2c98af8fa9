/** OpenAPI request and response bodies in JSON, the only media type the API speaks. */
export const jsonContent = <S>(schema: S) => ({ 'application/json': { schema } });

export const jsonBody = <S>(schema: S) => ({ required: true, content: jsonContent(schema) });
