// SPDX-License-Identifier: MIT
#include "RequestLog.h"

#include "ApiClient.h"

namespace novapost {

RequestLog::RequestLog(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RequestLog::watch(ApiClient* client)
{
    connect(client, &ApiClient::requestFinished, this, [this](ApiReply* reply) { record(*reply); });
}

void RequestLog::record(const ApiReply& reply)
{
    Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = reply.method();
    // The reply masks its own messages already; the log masks again so that nothing it shows
    // depends on every producer of text remembering to.
    const SecretMasker& masker = reply.secretMasker();
    entry.url = QUrl(masker.mask(reply.redactedUrl().toString()));
    entry.httpStatus = reply.httpStatus();
    entry.durationMs = reply.elapsedMs();
    entry.kind = reply.error().kind();
    entry.message = reply.error().isError() ? masker.mask(reply.error().message()) : tr("OK");

    if (m_entries.size() >= MaximumEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

void RequestLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RequestLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLog::cellText(const Entry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toString(QStringLiteral("HH:mm:ss"));
    case MethodColumn:
        return entry.method;
    case UrlColumn:
        return entry.url.toString();
    case StatusColumn:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QStringLiteral("-");
    case DurationColumn:
        return tr("%1 ms").arg(entry.durationMs);
    case MessageColumn:
        return entry.message;
    default:
        return {};
    }
}

QVariant RequestLog::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cellText(entry, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == DurationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Result");
    default:
        return {};
    }
}

QString RequestLog::toText() const
{
    QStringList lines;
    for (const Entry& entry : m_entries) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(cellText(entry, column));
        lines.append(cells.join(QLatin1String("  ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace novapost
