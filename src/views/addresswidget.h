// A titled, read-only address block (bill-to, ship-to, end user) whose text can be selected.
#pragma once

#include <QGroupBox>

struct Address;
class QLabel;

class AddressWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit AddressWidget(QWidget *parent = nullptr);

    void setAddress(const Address &address);
    void clear();
    // The text shown, one line per address line; for tests and for copying.
    QString text() const;

private:
    QLabel *m_text;
};
