#include "secretstore.h"

SecretStoreResult SecretStoreResult::success(const QString &secret)
{
    SecretStoreResult result;
    result.secret = secret;
    return result;
}

SecretStoreResult SecretStoreResult::failure(Status status, const QString &message,
                                             const QString &detail)
{
    SecretStoreResult result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    return result;
}
