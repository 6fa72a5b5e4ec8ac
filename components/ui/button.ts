/**
 * A button's look. A module of its own: the error screens, in every page's first JavaScript, need it, and
 * a module is bundled whole with every export any page uses (fields.tsx would bring all the form's fields).
 */
export const BUTTON_CLASS =
  'min-h-11 rounded-md border-2 border-gray-700 bg-white px-4 text-lg font-medium hover:bg-gray-100 ' +
  'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700';
