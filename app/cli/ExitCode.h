// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

namespace novapost::cli {

/** Exit codes of novapost-jwt-cli, documented in --help and the README. */
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 2,
    ExitAuthenticationRejected = 3,
    ExitRequestRejected = 4,
    ExitServiceUnavailable = 5,
    ExitTlsFailure = 6,
    ExitMalformedResponse = 7,
    ExitKeychainFailure = 8,
    /** The settings file could not be written (read-only, not a folder, disk full, no HOME). */
    ExitSettingsFailure = 9,
    /** stdout was closed or full: the result (a token, a key) did not reach its reader. */
    ExitOutputFailed = 10,
};

/** The exit code for a failed request of kind @p kind (ExitOk for None). */
constexpr int exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::InvalidInput:
        return ExitUsage;
    case ApiError::Kind::AuthenticationRejected:
        return ExitAuthenticationRejected;
    case ApiError::Kind::RequestRejected:
        return ExitRequestRejected;
    case ApiError::Kind::ServiceUnavailable:
    case ApiError::Kind::Cancelled:
        return ExitServiceUnavailable;
    case ApiError::Kind::TlsFailure:
        return ExitTlsFailure;
    case ApiError::Kind::MalformedResponse:
        return ExitMalformedResponse;
    case ApiError::Kind::KeychainFailure:
        return ExitKeychainFailure;
    }
    return 1;
}

} // namespace novapost::cli
