// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace novapost {

class ApiClient;
class ApiReply;

/**
 * @brief This run's requests, with the apiKey redacted, so a failure can be understood and
 * reported without exposing a secret. Kept in memory only.
 */
class RequestLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime time;
        QString method;
        QUrl url;
        int httpStatus = 0;
        qint64 durationMs = 0;
        ApiError::Kind kind = ApiError::Kind::None;
        QString message;
    };
    enum Column {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };

    static constexpr int MaximumEntries = 200;

    explicit RequestLog(QObject* parent = nullptr);

    /** Records every request @p client finishes from now on. */
    void watch(ApiClient* client);
    void record(const ApiReply& reply);
    void clear();

    QList<Entry> entries() const { return m_entries; }
    /** The whole log as plain text lines, for "Copy log" in bug reports. */
    QString toText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const Entry& entry, int column) const;

    QList<Entry> m_entries;
};

} // namespace novapost
