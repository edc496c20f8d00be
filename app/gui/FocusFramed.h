// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace novapost::gui {

/**
 * @brief A framed scroll area (@p View: a text box, a list) whose frame shows keyboard focus the way a
 * text field's does.
 *
 * Styles such as Fusion mark a focused line edit by its frame but draw the frame of a multi-line box or
 * a list the same with and without focus. Where nothing inside shows focus either (a read-only box with
 * no caret, a list whose focus mark on the selected row is blue on blue), Tab would seem to go nowhere.
 * The frame here is the style's own line-edit frame, so focus looks as on the window's other fields in
 * every style.
 */
template<typename View>
class FocusFramed : public View
{
public:
    explicit FocusFramed(QWidget* parent = nullptr)
        : View(parent)
    {}

protected:
    bool event(QEvent* event) override
    {
        const bool handled = View::event(event);
        // The frame is painted on the view itself; its viewport (and header) cover the inside.
        if (event->type() == QEvent::Paint && this->frameWidth() > 0) {
            QPainter painter(this);
            QStyleOptionFrame option;
            option.initFrom(this);
            option.lineWidth = this->frameWidth();
            option.midLineWidth = 0;
            option.state |= QStyle::State_Sunken;
            if (this->hasFocus())
                option.state |= QStyle::State_HasFocus;
            this->style()->drawPrimitive(QStyle::PE_FrameLineEdit, &option, &painter, this);
        }
        return handled;
    }

    void focusInEvent(QFocusEvent* event) override
    {
        View::focusInEvent(event);
        this->update();
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        View::focusOutEvent(event);
        this->update();
    }
};

} // namespace novapost::gui
