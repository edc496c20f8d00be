// SPDX-License-Identifier: MIT
#include "CommandHelp.h"

namespace novapost::cli {

namespace {

QString body(Command command)
{
    switch (command) {
    case Command::Token:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] token [--phone PHONE | --key LABEL] [--api-key-stdin]\n"
            "                        [--min-ttl MINUTES] [--fresh]\n"
            "\n"
            "Prints a JWT alone on one line (with --json: jwt, expiresAt, expiresIn, environment, cached).\n"
            "\n"
            "Options of token:\n"
            "  --phone PHONE      Use the stored sandbox key of this phone (default: the phone used last).\n"
            "  --key LABEL        Use the stored production key with this label (default: the one used\n"
            "                     last, else \"default\").\n"
            "  --api-key-stdin    Read the apiKey from standard input instead of the keychain.\n"
            "  --min-ttl MINUTES  Reuse a cached JWT only while at least this many minutes remain\n"
            "                     (default 5).\n"
            "  --fresh            Always ask the API for a new JWT.\n"
            "\n"
            "Without --phone, --key and --api-key-stdin, the apiKey in the environment variable\n"
            "NOVAPOST_API_KEY is used when it is set.\n");
    case Command::TestKey:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] test-key --phone PHONE [--print] [--renew]\n"
            "\n"
            "Sandbox only: requests a test apiKey for a phone registered on my.novapost.com and stores it\n"
            "in the keychain. A key requested today is reused.\n"
            "\n"
            "Options of test-key:\n"
            "  --phone PHONE      The registered phone, with its country code.\n"
            "  --print            Also write the key to standard output.\n"
            "  --renew            Ask the API again even if a key was requested today.\n");
    case Command::Keys:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] keys\n"
            "\n"
            "Lists the stored keys with their dates and status, never the keys themselves. With --json,\n"
            "prints one JSON object (its fields are described in the README).\n"
            "\n"
            "The keys command has no options of its own.\n");
    case Command::SetKey:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] set-key [--phone PHONE | --key LABEL]\n"
            "\n"
            "Reads an apiKey from standard input and stores it in the keychain. In a terminal it asks\n"
            "for the key and does not show what you type.\n"
            "\n"
            "Options of set-key:\n"
            "  --phone PHONE      Sandbox: the phone the key belongs to.\n"
            "  --key LABEL        Production: a name for the key, one per company or account\n"
            "                     (default \"default\").\n");
    case Command::Forget:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] forget [--phone PHONE | --key LABEL]\n"
            "\n"
            "Removes a stored key and the JWTs cached with it.\n"
            "\n"
            "Options of forget:\n"
            "  --phone PHONE      Sandbox: the phone whose key is removed.\n"
            "  --key LABEL        Production: the label of the key to remove (default \"default\").\n");
    case Command::Decode:
        return CommandHelp::tr(
            "Usage: novapost-jwt-cli [options] decode\n"
            "\n"
            "Reads a JWT from standard input and shows its header, claims and expiry. Nothing is sent.\n"
            "\n"
            "The decode command has no options of its own.\n");
    }
    return {};
}

} // namespace

QString CommandHelp::text(Command command)
{
    return body(command) + QLatin1Char('\n') +
           tr("Options for every command (--env, --base-url, --timeout, --ca-file, --json, --lang)\n"
              "and the exit codes: see novapost-jwt-cli --help.\n");
}

} // namespace novapost::cli
