#pragma once

class QWidget;

namespace skydraft {

/// A drop-down or spin box in a scrolling panel changes its value under the wheel only once
/// it has been clicked (has focus): scrolling the panel past it must not edit the design.
/// The wheel goes on to the panel instead.
void guardWheel(QWidget *widget);

} // namespace skydraft
